package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The presidium (主席团) of a township congress for a term was formed; its size must stay within min..max. */
@Revision("1")
public record PresidiumFormedEvent(String presidiumId, String county, String townshipCode, int term, int minSize,
                                   int maxSize, LocalDate formedOn) {
}
