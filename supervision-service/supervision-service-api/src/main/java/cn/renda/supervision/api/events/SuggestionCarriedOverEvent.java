package cn.renda.supervision.api.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 结转跟踪督办: an unfinished suggestion carries over into {@code toYear} and stays tracked. */
@Revision("1")
public record SuggestionCarriedOverEvent(String suggestionId, String county, String townshipCode, int fromYear,
                                         int toYear, Instant carriedAt) {
}
