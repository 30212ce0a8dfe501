package org.cep.content.seeds;

import java.util.List;

/** The seed files' items as written, before they are checked. Field names are the files' keys. */
final class Seeds {

    private Seeds() {
    }

    record TagSeed(String slug, String label) {
    }

    record PersonSeed(String slug, String honorific, String givenName, String familyName, String role, String organisation,
                      String country, String bio, List<String> tags) {
    }

    record ProjectSeed(String slug, String title, String acronym, String summary, String body, String startDate,
                       String endDate, String state, String website, List<String> funders, List<String> partners,
                       List<String> objectives, List<String> targetGroups, List<String> activities, List<String> people,
                       List<String> tags) {
    }

    record ExpertGroupSeed(String slug, String name, String description, Integer since, List<String> chairs,
                           List<String> members, List<String> tags) {
    }

    record EventSeed(String slug, String title, String kind, String summary, String body, String timeZone, String start,
                     String end, String datePrecision, String venue, String city, String country, String attendance,
                     String joinUrl, RegistrationSeed registration,
                     String status, List<String> speakers, String project, String expertGroup, List<DocumentSeed> documents,
                     List<String> tags) {
    }

    record RegistrationSeed(String url, String deadline, Boolean invitationOnly) {
    }

    record DocumentSeed(String title, String url, String mediaType) {
    }

    record NewsSeed(String slug, String title, String summary, String body, String publishedAt, List<String> tags,
                    String author, String project, String event, String expertGroup, List<String> people, MediaSeed media) {
    }

    record MediaSeed(String kind, String url, String title) {
    }
}
