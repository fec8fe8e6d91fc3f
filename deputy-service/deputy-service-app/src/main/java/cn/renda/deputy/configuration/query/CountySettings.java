package cn.renda.deputy.configuration.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The county's rules as last configured ({@code county_settings}, written in the event's transaction). */
@Entity
@Table(name = "county_settings")
public class CountySettings {

    public static final CountySettings DEFAULTS = new CountySettings(null, 5, 9, 2, 3);

    @Id
    @Column(length = 6)
    private String county;
    private int presidiumMinSize;
    private int presidiumMaxSize;
    private int quorumNumerator;
    private int quorumDenominator;

    protected CountySettings() {
    }

    CountySettings(String county, int presidiumMinSize, int presidiumMaxSize, int quorumNumerator,
                   int quorumDenominator) {
        this.county = county;
        this.presidiumMinSize = presidiumMinSize;
        this.presidiumMaxSize = presidiumMaxSize;
        this.quorumNumerator = quorumNumerator;
        this.quorumDenominator = quorumDenominator;
    }

    public int presidiumMinSize() {
        return presidiumMinSize;
    }

    public int presidiumMaxSize() {
        return presidiumMaxSize;
    }

    public int quorumNumerator() {
        return quorumNumerator;
    }

    public int quorumDenominator() {
        return quorumDenominator;
    }
}
