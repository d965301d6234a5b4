package io.mentormatch.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.mentormatch.web.system.PageWorlds.Stage;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * A page POST refused by its use case goes back to the page its controller names ({@link RefusalShownOn}) with the
 * refusal as the notice, translated in one place ({@link PageErrors}); something that does not exist stays a 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RefusalNoticesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PageWorlds worlds;

    @Test
    void aRefusedPostGoesBackToItsPageWithTheRefusalAsTheNotice() throws Exception {
        World world = worlds.world(Stage.SWAPPED);
        MockHttpSession director = PageWorlds.signIn(mvc, world.director);
        MvcResult first = perform(revert(world, world.swapId), director);
        assertThat(first.getFlashMap().get("saved")).as("the first revert acts").isNotNull();

        MvcResult again = perform(revert(world, world.swapId), director);

        assertThat(again.getResponse().getStatus()).isEqualTo(302);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/cohorts/" + world.cohortId + "/proposals#swaps");
        assertThat(again.getFlashMap().get("saved")).isNull();
        assertThat((String) again.getFlashMap().get("problem")).as("the refusal, as a sentence").isNotBlank().endsWith(".");
    }

    @Test
    void somethingThatDoesNotExistIsNotFoundRatherThanANotice() throws Exception {
        World world = worlds.world(Stage.SWAPPED);
        MockHttpSession director = PageWorlds.signIn(mvc, world.director);

        MvcResult missing = perform(revert(world, world.swapId + 1_000_000), director);

        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(missing.getFlashMap().get("problem")).isNull();
    }

    private static MockHttpServletRequestBuilder revert(World world, long swapId) {
        return post("/cohorts/{id}/proposals/swaps/{s}/revert", world.cohortId, swapId);
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session).with(csrf()).accept(MediaType.TEXT_HTML)).andReturn();
    }
}
