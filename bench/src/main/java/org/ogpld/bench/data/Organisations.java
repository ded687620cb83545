package org.ogpld.bench.data;

import java.util.Map;
import org.ogpld.model.Address;
import org.ogpld.model.Code;
import org.ogpld.model.GeoName;
import org.ogpld.model.Id;
import org.ogpld.model.Identifier;
import org.ogpld.model.Kind;
import org.ogpld.model.Organisation;
import org.ogpld.model.OrganisationKind;
import org.ogpld.model.Place;
import org.ogpld.model.PlaceKind;
import org.ogpld.model.Schemes;
import org.ogpld.model.Slugs;
import org.ogpld.model.Text;
import org.ogpld.bench.data.CommitmentProfile.Member;

/**
 * The organisations and places of a generated run, by index: Azerbaijani NGOs and public bodies, funders,
 * programmes and projects, service centres, venues, OGP members and their institutions. The same index always
 * gives the same record.
 */
final class Organisations {

    private static final Id ASAN = Id.of(Kind.ORGANISATION, "asan-xidmat");
    private final int ngoCount;

    Organisations(int ngoCount) {
        this.ngoCount = ngoCount;
    }

    int ngoCount() {
        return ngoCount;
    }

    Organisation ngo(int k) {
        Map.Entry<String, String> field = Names.NGO_FIELDS.get(k % Names.NGO_FIELDS.size());
        Map.Entry<String, String> form = Names.NGO_FORMS.get((k / Names.NGO_FIELDS.size()) % Names.NGO_FORMS.size());
        int round = k / (Names.NGO_FIELDS.size() * Names.NGO_FORMS.size());
        String az = field.getKey() + " " + form.getKey();
        String en = field.getValue() + " " + form.getValue();
        if (round > 0) {
            Map.Entry<String, String> town = Names.TOWNS.get((round - 1) % Names.TOWNS.size());
            az = town.getKey() + " " + az;
            en = town.getValue() + " " + en;
        }
        int again = round / (Names.TOWNS.size() + 1);
        String slug = Slugs.of(az) + (again > 0 ? "-" + (again + 1) : "");
        return Organisation.builder(Id.of(Kind.ORGANISATION, slug), OrganisationKind.NGO, Text.of(Text.AZ, az, Text.EN, en))
                .country(GeoName.AZERBAIJAN).homepage("https://" + slug + ".example.org/").build();
    }

    Organisation body(int k) {
        Map.Entry<String, String> body = Names.BODIES.get(k % Names.BODIES.size());
        return Organisation.builder(Id.of(Kind.ORGANISATION, Slugs.of(body.getKey())),
                        OrganisationKind.PUBLIC_ORGANISATION, Text.of(Text.AZ, body.getKey(), Text.EN, body.getValue()))
                .country(GeoName.AZERBAIJAN).build();
    }

    Organisation funder(int k) {
        Map.Entry<String, String> funder = Names.FUNDERS.get(k % Names.FUNDERS.size());
        return Organisation.builder(Id.of(Kind.ORGANISATION, Slugs.of(funder.getValue())),
                OrganisationKind.FORMAL_ORGANISATION, Text.of(Text.AZ, funder.getKey(), Text.EN, funder.getValue())).build();
    }

    Organisation programme() {
        return Organisation.builder(Id.of(Kind.ORGANISATION, "aciq-hokumat-platformasi"), OrganisationKind.COLLABORATION,
                Text.of(Text.AZ, "Açıq Hökumət Platforması", Text.EN, "Open Government Platform")).acronym("AHP", "az").build();
    }

    Organisation project(int topic) {
        Map.Entry<String, String> t = Names.TOPICS.get(topic % Names.TOPICS.size());
        return Organisation.builder(Id.of(Kind.ORGANISATION, Slugs.of("project " + t.getValue())),
                OrganisationKind.COLLABORATION, Text.of(Text.AZ, capitalised(t.getKey()) + " layihəsi",
                        Text.EN, "Project on " + t.getValue())).build();
    }

    Organisation asan() {
        return Organisation.builder(ASAN, OrganisationKind.PUBLIC_ORGANISATION, Text.of(Text.AZ, "ASAN Xidmət",
                Text.EN, "ASAN Service")).country(GeoName.AZERBAIJAN).build();
    }

    Organisation serviceCentre(int k) {
        return Organisation.builder(Id.of(Kind.ORGANISATION, "asan-xidmat-markazi-" + (k + 1)), OrganisationKind.UNIT,
                Text.of(Text.AZ, "ASAN Xidmət Mərkəzi №" + (k + 1), Text.EN, "ASAN Service Centre No. " + (k + 1)))
                .parent(ASAN).build();
    }

    Place venue(int k) {
        Map.Entry<String, String> venue = Names.VENUES.get(k % Names.VENUES.size());
        Text address = Text.of(Text.AZ, venue.getValue() + ", Bakı, Azərbaycan",
                Text.EN, Names.romanise(venue.getValue()) + ", Baku, Azerbaijan");
        return new Place(Id.of(Kind.PLACE, Slugs.of(venue.getKey())),
                venue.getKey().contains("Hotel") || venue.getKey().contains("Ramada") ? PlaceKind.HOTEL : PlaceKind.PLACE,
                Text.en(venue.getKey()), java.util.Optional.of(Address.of(address)),
                java.util.Set.of(GeoName.BAKU, GeoName.AZERBAIJAN));
    }

    /** OGP member {@code m}: a real member for the first ones, Azerbaijani towns as local members after them. */
    Organisation member(MemberTemplate template) {
        return Organisation.builder(template.id(), OrganisationKind.OGP_MEMBER, template.name())
                .identifier(Identifier.of(Identifier.OGP_MEMBER, template.code()))
                .memberStatus(Code.of(Schemes.MEMBER_STATUS, "active")).build();
    }

    /** Institution {@code k} of a member: one of the public bodies, named for that member. */
    Organisation institution(MemberTemplate member, int k) {
        Map.Entry<String, String> body = Names.BODIES.get(k % Names.BODIES.size());
        String en = body.getValue() + " (" + member.name().en().orElseThrow() + ")";
        Text name = member.azerbaijani() ? Text.of(Text.AZ, member.name().az().orElseThrow() + " — " + body.getKey(),
                Text.EN, en) : Text.en(en);
        return Organisation.builder(Id.of(Kind.ORGANISATION, Slugs.of(member.code() + " " + body.getValue())),
                OrganisationKind.PUBLIC_ORGANISATION, name).build();
    }

    /**
     * What a generated member is: its code, name and the real member whose action plans it copies.
     *
     * @param id          its id
     * @param code        its OGP member code
     * @param name        its name
     * @param azerbaijani whether it is a generated Azerbaijani local member (names in az and en)
     * @param real        the spreadsheet member it copies
     */
    record MemberTemplate(Id id, String code, Text name, boolean azerbaijani, Member real) {

        static MemberTemplate of(int m, java.util.List<Member> members) {
            Member real = members.get(m % members.size());
            if (m < members.size()) {
                return new MemberTemplate(Id.of(Kind.ORGANISATION, Slugs.of("ogp member " + real.name())),
                        real.code(), Text.en(real.name()), false, real);
            }
            int local = m - members.size();
            Map.Entry<String, String> town = Names.TOWNS.get(local % Names.TOWNS.size());
            int round = local / Names.TOWNS.size();
            String suffix = round == 0 ? "" : " " + (round + 1);
            Text name = Text.of(Text.AZ, town.getKey() + " şəhəri" + suffix, Text.EN, town.getValue() + " City" + suffix);
            String code = "AZ" + town.getValue().substring(0, 3).toUpperCase(java.util.Locale.ROOT) + (round + 1);
            return new MemberTemplate(Id.of(Kind.ORGANISATION, Slugs.of("ogp member " + name.az().orElseThrow())),
                    code, name, true, real);
        }
    }

    private static String capitalised(String text) {
        // Azerbaijani capitalises i as İ.
        return text.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("az")) + text.substring(1);
    }
}
