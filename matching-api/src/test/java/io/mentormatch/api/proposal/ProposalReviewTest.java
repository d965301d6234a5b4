package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

@SpringBootTest
class ProposalReviewTest {

    @Autowired
    ProposalReview review;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givesTheReviewPageEveryRowCountAndThresholdFromOneRead() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        // default weights: the best fit is 10 × (10 + 6 + 4 + 8 + 3) = 310; 20 is 6 %, 155 is 50 %
        jdbc.update("update proposal set pair_score = 155 where id = ?", stage.proposalR1());
        jdbc.update("update proposal set pair_score = 20 where id = ?", stage.proposalR2());

        ReviewPage all = data.callAs(world.director(), () -> review.page(world.cohortId(), ProposalFilter.ALL));
        ReviewPage low = data.callAs(world.director(), () -> review.page(world.cohortId(), ProposalFilter.LOW_SCORE));

        assertThat(all.shown()).extracting(ProposalView::resident).containsExactly("R1", "R2");
        assertThat(all.lowFitPercent()).isEqualTo(40);
        assertThat(all.shown()).extracting(ProposalView::fitPercent).containsExactly(50, 6);
        assertThat(all.averageFit()).isEqualTo(28);
        assertThat(all.counts()).isEqualTo(new ProposalCounts(2, 0, 0, 2, 0, 0));
        assertThat(low.shown()).extracting(ProposalView::id).containsExactly(stage.proposalR2());
    }

    @Test
    void showsUnmatchedResidentsAndCountsThemLikeThePage() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        jdbc.update("update proposal set state = 'DECLINED' where id = ?", stage.proposalR1());

        ReviewPage page = data.callAs(world.director(), () -> review.page(world.cohortId(), ProposalFilter.UNMATCHED));

        assertThat(page.shown()).extracting(ProposalView::resident).containsExactly("R1");
        assertThat(page.everyone()).extracting(ProposalView::resident).containsExactly("R2", "R1");
        assertThat(data.callAs(world.director(), () -> review.counts(world.cohortId())))
                .isEqualTo(page.counts()).isEqualTo(new ProposalCounts(1, 1, 0, 1, 0, 1));
    }

    @Test
    void usesTheLowScoreRuleWhenTheListIsGivenNoThreshold() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        jdbc.update("update proposal set pair_score = 155 where id = ?", stage.proposalR1());
        jdbc.update("update proposal set pair_score = 20 where id = ?", stage.proposalR2());

        Page<ProposalView> low = data.callAs(world.director(), () -> review.list(world.cohortId(),
                ProposalFilter.LOW_SCORE, null, Pageable.ofSize(10)));

        assertThat(low.getContent()).extracting(ProposalView::id).containsExactly(stage.proposalR2());
    }

    /** Issue 21: a peer mentor's pair is low by the peer weights' scale, not by the faculty threshold. */
    @Test
    void judgesEachPairsFitOnItsOwnLayersScale() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        // F2 becomes a peer mentor; the peer layer weighs interests only, so its best fit is far below the faculty's
        jdbc.update("update cohort set peer_mentoring = true, peer_weight_specialty = 0, peer_weight_interests = 1,"
                + " peer_weight_availability = 0, peer_weight_resident_rank = 0, peer_weight_mentor_preference = 0,"
                + " peer_weight_load_balance = 0, peer_weight_repeat_pair = 0 where id = ?", world.cohortId());
        jdbc.update("update mentor set kind = 'SENIOR_RESIDENT' where cohort_id = ? and code = 'F2'", world.cohortId());
        jdbc.update("update proposal set pair_score = 20 where id in (?, ?)", stage.proposalR1(), stage.proposalR2());

        Page<ProposalView> low = data.callAs(world.director(), () -> review.list(world.cohortId(),
                ProposalFilter.LOW_SCORE, null, Pageable.ofSize(10)));
        ReviewPage page = data.callAs(world.director(), () -> review.page(world.cohortId(), ProposalFilter.LOW_SCORE));

        assertThat(low.getContent()).extracting(ProposalView::id).containsExactly(stage.proposalR1());
        assertThat(page.shown()).extracting(ProposalView::id).containsExactly(stage.proposalR1());
    }

    @Test
    void pagesInTheDatabaseByResidentCode() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);

        Page<ProposalView> second = data.callAs(world.director(), () -> review.list(world.cohortId(),
                ProposalFilter.ALL, null, PageRequest.of(1, 1)));

        assertThat(second.getTotalElements()).isEqualTo(2);
        assertThat(second.getContent()).extracting(ProposalView::id).containsExactly(stage.proposalR2());
    }
}
