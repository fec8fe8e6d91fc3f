package cn.renda.supervision.petition.command;

import java.time.LocalDate;

/**
 * The domain service the petition aggregate asks for the end of a period: {@code days} calendar days after
 * {@code start}, moved to the next working day of the county's calendar. Injected by Axon as a handler parameter.
 */
public interface PetitionCalendar {

    LocalDate afterDays(String county, LocalDate start, int days);
}
