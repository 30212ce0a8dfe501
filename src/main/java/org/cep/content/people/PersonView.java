package org.cep.content.people;

import org.cep.content.common.Body;
import org.cep.content.items.Content;
import org.cep.content.items.PublicationStatus;
import org.cep.content.events.EventRef;
import org.cep.content.expertgroups.ExpertGroup;
import org.cep.content.expertgroups.ExpertGroupRef;
import org.cep.content.media.MediaRef;
import org.cep.content.tags.TagRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A person as the API shows them. */
@Schema(name = "Person", description = "Someone CEP's content names: a speaker, a board member, an expert, an author.",
        example = """
                {"slug": "robert-orell", "honorific": "Mr.", "givenName": "Robert", "familyName": "Örell", "name": "Robert Örell",
                 "role": "Co-chair of the EU RAN Rehabilitation Working Group", "organisation": "Radicalisation Awareness Network (RAN)",
                 "country": "SE",
                 "events": [{"slug": "help-seminar-deradicalisation-rehabilitation-barcelona-2021",
                   "title": "Project seminar on (de)radicalisation and rehabilitation", "startsAt": "2021-12-09T00:00:00+01:00",
                   "url": "/api/v1/events/help-seminar-deradicalisation-rehabilitation-barcelona-2021"}],
                 "expertGroups": [], "tags": [], "status": "published", "url": "/api/v1/people/robert-orell"}""")
public record PersonView(
        @Schema(required = true, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(description = "Such as Mr., Ms., Prof. or Dr.") String honorific,
        @Schema(required = true) String givenName,
        @Schema(required = true) String familyName,
        @Schema(required = true, description = "Given and family name, for display.") String name,
        @Schema(description = "Their role, as CEP's pages give it.") String role,
        String organisation,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", pattern = "^[A-Z]{2}$") String country,
        Body bio,
        @Schema(required = true, description = "The events they speak at, soonest first.") List<EventRef> events,
        @Schema(required = true, description = "The expert groups they chair or belong to.") List<Membership> expertGroups,
        @Schema(required = true) List<TagRef> tags,
        @Schema(required = true, description = "`draft` items are seen by editors only.") PublicationStatus status,
        @Schema(description = "When the person was published; null when public since created.") Instant publishedAt,
        @Schema(required = true, description = "This resource.") String url,
        @Schema(description = "Their portrait, ready for `<img srcset>`.") MediaRef portrait) {

    static PersonView from(Person p, Instant now) {
        Stream<Membership> chairs = Content.visible(p.chairs, now).map(g -> Membership.of(g, "chair"));
        Stream<Membership> members = Content.visible(p.memberOf, now).map(g -> Membership.of(g, "member"));
        return new PersonView(p.slug, p.honorific, p.givenName, p.familyName, p.name(), p.role, p.organisation, p.country,
                Body.of(p.bio, p.bioHtml), EventRef.visible(p.spokeAt, now),
                Stream.concat(chairs, members).sorted(Comparator.comparing((Membership m) -> m.group().name())).toList(),
                TagRef.all(p.tags), p.status, p.publishedAt, People.PATH + "/" + p.slug,
                MediaRef.visible(p.portrait, now));
    }

    /** A group a person chairs or belongs to. */
    @Schema(name = "Membership", example = "{\"group\": {\"slug\": \"violent-extremism\", \"name\": \"Violent Extremism\", \"url\": \"/api/v1/expert-groups/violent-extremism\"}, \"role\": \"chair\"}")
    public record Membership(
            @Schema(required = true) ExpertGroupRef group,
            @Schema(required = true, enumeration = {"chair", "member"}) String role) {

        static Membership of(ExpertGroup group, String role) {
            return new Membership(ExpertGroupRef.from(group), role);
        }
    }
}
