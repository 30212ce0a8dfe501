package org.cep.content.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cep.content.client.ApiClient;
import org.cep.content.client.ApiException;
import org.cep.content.client.api.EventsApi;
import org.cep.content.client.api.ExpertGroupsApi;
import org.cep.content.client.api.NewsApi;
import org.cep.content.client.api.PeopleApi;
import org.cep.content.client.api.ProjectsApi;
import org.cep.content.client.api.TagsApi;
import org.cep.content.client.model.Event;
import org.cep.content.client.model.PageEventView;
import org.cep.content.client.model.PageExpertGroupView;
import org.cep.content.client.model.PageNewsView;
import org.cep.content.client.model.PagePersonView;
import org.cep.content.client.model.PageProjectView;
import org.cep.content.client.model.PageTagView;
import org.cep.content.client.model.Person;
import org.cep.content.client.model.Problem;
import org.cep.content.client.model.ProjectState;
import org.cep.content.client.model.TagRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.net.URL;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java client generated from openapi/openapi.yaml, untouched, reads every resource of the running service. */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URL service;

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(service.toString().replaceAll("/$", ""));
    }

    @Test
    void reads_events() throws ApiException {
        EventsApi events = new EventsApi(client);
        PageEventView page = events.listEvents(EventsApi.APIListEventsRequest.newBuilder()
                .tag(List.of("violent-extremism")).from("2021-01-01").size(5).build());
        assertFalse(page.getItems().isEmpty());
        page.getItems().forEach(e -> assertTrue(slugs(e.getTags()).contains("violent-extremism")));
        Event first = page.getItems().get(0);
        assertEquals(first.getTitle(), events.getEvent(EventsApi.APIGetEventRequest.newBuilder().slug(first.getSlug()).build()).getTitle());
        assertNotFound(() -> events.getEvent(EventsApi.APIGetEventRequest.newBuilder().slug("no-such-event").build()));
    }

    @Test
    void reads_news() throws ApiException {
        NewsApi news = new NewsApi(client);
        PageNewsView page = news.listNews(NewsApi.APIListNewsRequest.newBuilder()
                .tag(List.of("gender-based-violence")).sort("publishedAt").build());
        assertFalse(page.getItems().isEmpty());
        page.getItems().forEach(n -> assertTrue(slugs(n.getTags()).contains("gender-based-violence")));
        String slug = page.getItems().get(0).getSlug();
        assertEquals(slug, news.getNewsItem(NewsApi.APIGetNewsItemRequest.newBuilder().slug(slug).build()).getSlug());
        assertNotFound(() -> news.getNewsItem(NewsApi.APIGetNewsItemRequest.newBuilder().slug("no-such-news").build()));
    }

    @Test
    void reads_people() throws ApiException {
        PeopleApi people = new PeopleApi(client);
        PagePersonView page = people.listPeople(PeopleApi.APIListPeopleRequest.newBuilder().q("orell").build());
        assertTrue(page.getItems().stream().map(Person::getSlug).toList().contains("robert-orell"));
        Person person = people.getPerson(PeopleApi.APIGetPersonRequest.newBuilder().slug("robert-orell").build());
        assertEquals("Örell", person.getFamilyName());
        assertNotFound(() -> people.getPerson(PeopleApi.APIGetPersonRequest.newBuilder().slug("no-such-person").build()));
    }

    @Test
    void reads_projects() throws ApiException {
        ProjectsApi projects = new ProjectsApi(client);
        PageProjectView page = projects.listProjects(ProjectsApi.APIListProjectsRequest.newBuilder()
                .state(List.of(ProjectState.COMPLETED)).build());
        assertFalse(page.getItems().isEmpty());
        page.getItems().forEach(p -> assertEquals(ProjectState.COMPLETED, p.getState()));
        String slug = page.getItems().get(0).getSlug();
        assertEquals(slug, projects.getProject(ProjectsApi.APIGetProjectRequest.newBuilder().slug(slug).build()).getSlug());
        assertNotFound(() -> projects.getProject(ProjectsApi.APIGetProjectRequest.newBuilder().slug("no-such-project").build()));
    }

    @Test
    void reads_expert_groups() throws ApiException {
        ExpertGroupsApi groups = new ExpertGroupsApi(client);
        PageExpertGroupView page = groups.listExpertGroups(ExpertGroupsApi.APIListExpertGroupsRequest.newBuilder()
                .tag(List.of("electronic-monitoring")).build());
        assertFalse(page.getItems().isEmpty());
        page.getItems().forEach(g -> assertTrue(slugs(g.getTags()).contains("electronic-monitoring")));
        String slug = page.getItems().get(0).getSlug();
        assertEquals(slug, groups.getExpertGroup(ExpertGroupsApi.APIGetExpertGroupRequest.newBuilder().slug(slug).build()).getSlug());
        assertNotFound(() -> groups.getExpertGroup(ExpertGroupsApi.APIGetExpertGroupRequest.newBuilder().slug("no-such-group").build()));
    }

    @Test
    void reads_tags() throws ApiException {
        TagsApi tags = new TagsApi(client);
        PageTagView page = tags.listTags(TagsApi.APIListTagsRequest.newBuilder().sort("-label").size(3).build());
        assertEquals(3, page.getItems().size());
        assertEquals(page.getItems().stream().map(t -> t.getLabel()).sorted(Comparator.reverseOrder()).toList(),
                page.getItems().stream().map(t -> t.getLabel()).toList());
        assertEquals("violent-extremism", tags.getTag(TagsApi.APIGetTagRequest.newBuilder().slug("violent-extremism").build()).getSlug());
        assertNotFound(() -> tags.getTag(TagsApi.APIGetTagRequest.newBuilder().slug("no-such-tag").build()));
    }

    private static List<String> slugs(List<TagRef> tags) {
        return tags.stream().map(TagRef::getSlug).toList();
    }

    private static void assertNotFound(Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(404, e.getCode());
        try {
            Problem problem = new ObjectMapper().readValue(e.getResponseBody(), Problem.class);
            assertEquals(404, problem.getStatus());
        } catch (Exception parse) {
            throw new AssertionError("the 404 body is not a Problem: " + e.getResponseBody(), parse);
        }
    }
}
