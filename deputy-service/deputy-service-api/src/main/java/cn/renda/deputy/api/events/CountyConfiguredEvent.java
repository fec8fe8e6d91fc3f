package cn.renda.deputy.api.events;

import org.axonframework.serialization.Revision;

/**
 * A county's rules for its township congresses were set: presidium size range (default 5 to 9) and the share of
 * serving deputies a session needs to open (default 2/3, as numerator/denominator).
 */
@Revision("1")
public record CountyConfiguredEvent(String county, int presidiumMinSize, int presidiumMaxSize, int quorumNumerator,
                                    int quorumDenominator) {
}
