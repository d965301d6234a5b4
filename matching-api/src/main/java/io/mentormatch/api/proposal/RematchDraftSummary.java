package io.mentormatch.api.proposal;

/** A decline waiting for the director's review, as the list of them shows it. */
public record RematchDraftSummary(long draftId, String residentName, String declinedBy, String suggestedMentorName) {
}
