package org.ogpld.model.imports.ogp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogpld.model.Id;
import org.ogpld.model.Kind;
import org.ogpld.model.Organisation;
import org.ogpld.model.OrganisationKind;
import org.ogpld.model.Slugs;
import org.ogpld.model.Text;

/**
 * The institutions named in one spreadsheet, one organisation per member and name: the same name (by slug) under
 * the same member is the same organisation, the same name under two members two organisations. The id is the
 * slug of member code and name ({@code ukr-ministry-of-justice}), so it depends on neither the order of the rows
 * nor on other institutions; of two spellings with one slug the label is the first in code-point order. An
 * institution that leads at least one commitment is a public organisation (OGP's lead institutions are
 * government bodies); one that only supports is a formal organisation, since supporters include civil-society
 * groups and companies.
 */
final class Institutions {

    private final Map<Id, Map<String, Entry>> byMember = new LinkedHashMap<>();

    /** The ids of the institutions {@code names} of {@code member}, minting those seen for the first time. */
    List<Id> ids(Id member, String memberCode, List<String> names, boolean lead) {
        Map<String, Entry> known = byMember.computeIfAbsent(member, m -> new LinkedHashMap<>());
        List<Id> ids = new ArrayList<>();
        for (String name : names) {
            Entry entry = known.computeIfAbsent(Slugs.scoped(memberCode, name),
                    slug -> new Entry(new Id(Kind.ORGANISATION, slug), name));
            entry.lead |= lead;
            if (name.compareTo(entry.name) < 0) {
                entry.name = name;
            }
            ids.add(entry.id);
        }
        return ids;
    }

    /** Every institution, in the order first named. */
    List<Organisation> organisations() {
        List<Organisation> organisations = new ArrayList<>();
        byMember.values().forEach(entries -> entries.values().forEach(e -> organisations.add(Organisation.builder(
                e.id, e.lead ? OrganisationKind.PUBLIC_ORGANISATION : OrganisationKind.FORMAL_ORGANISATION,
                Text.en(e.name)).build())));
        return organisations;
    }

    private static final class Entry {
        private final Id id;
        private String name;
        private boolean lead;

        Entry(Id id, String name) {
            this.id = id;
            this.name = name;
        }
    }
}
