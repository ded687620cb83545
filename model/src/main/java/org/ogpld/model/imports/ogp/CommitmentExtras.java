package org.ogpld.model.imports.ogp;

import java.util.List;
import java.util.Optional;
import org.ogpld.model.Answer;
import org.ogpld.model.Id;

/**
 * What the spreadsheet says about a commitment that {@link org.ogpld.model.Commitment} and
 * {@link org.ogpld.model.IrmAssessment} have no field for.
 *
 * @param commitment the commitment
 * @param cells      the values
 */
record CommitmentExtras(Id commitment, Cells cells) {

    /**
     * The values, as read from the row.
     *
     * @param carriedForward    Carried Forward
     * @param clusteredWith     the other commitments of Cluster Commitment ID(s), by OGP identifier
     * @param clusteredWithCode what Cluster Commitment ID(s) says when it lists none ({@code ND}, {@code NR},
     *                          {@code NA})
     * @param cluster           Cluster, as written (a missing-value code included)
     * @param compound          Compound
     * @param clusteredInReview Cluster (AP Review)
     * @param starred2015       Starred (2015 Only)
     * @param relevant          _Relevant
     * @param research          the columns researchers use beyond the IRM indicators
     * @param leadStatements    parts of Lead Institution that are statements, not names, as written
     * @param supportingStatements parts of Supporting Institution(s) that are statements, not names, as written
     */
    record Cells(Answer carriedForward, List<String> clusteredWith, Optional<String> clusteredWithCode,
                 Optional<String> cluster, Answer compound, Answer clusteredInReview, Answer starred2015,
                 Answer relevant, ResearchColumns.Cells research, List<String> leadStatements,
                 List<String> supportingStatements) {

        Cells {
            clusteredWith = List.copyOf(clusteredWith);
            leadStatements = List.copyOf(leadStatements);
            supportingStatements = List.copyOf(supportingStatements);
        }
    }
}
