package io.mentormatch.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.mentormatch.api.proposal.ProposalState;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.core.cohort.Layer;

class ResidentChoiceTest {

    @Test
    void aResidentWithAPairingInEachLayerIsOneChoiceNamingBothMentors() {
        List<ResidentChoice> choices = ResidentChoice.of(List.of(
                view("R2", "Bea", "Senior Two", Layer.PEER),
                view("R1", "Ana", "Dr. One", Layer.PRIMARY),
                view("R2", "Bea", null, Layer.PRIMARY),
                view("R1", "Ana", null, Layer.PEER)));

        assertThat(choices).extracting(ResidentChoice::resident, ResidentChoice::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("R1", "Ana — Dr. One; peer mentor: none"),
                org.assertj.core.groups.Tuple.tuple("R2", "Bea (unmatched); peer mentor: Senior Two"));
    }

    @Test
    void withoutThePeerLayerTheLabelIsTheResidentAndTheirMentor() {
        assertThat(ResidentChoice.of(List.of(view("R1", "Ana", "Dr. One", Layer.PRIMARY), view("R2", "Bea", null,
                Layer.PRIMARY)))).extracting(ResidentChoice::label).containsExactly("Ana — Dr. One", "Bea (unmatched)");
    }

    private static ProposalView view(String resident, String name, String mentorName, Layer layer) {
        return new ProposalView(mentorName == null ? null : 1L, resident, name, mentorName == null ? null : "M",
                mentorName, mentorName == null ? null : ProposalState.PROPOSED, null, null, 0, List.of(), false, null, null,
                false, null, null, null, layer);
    }
}
