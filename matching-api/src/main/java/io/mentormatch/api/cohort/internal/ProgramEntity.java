package io.mentormatch.api.cohort.internal;

import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A residency program (e.g. Internal Medicine); its directors run its cohorts. */
@Entity
@Table(name = "program")
public class ProgramEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    /** The zone in which first meetings are suggested; an IANA id such as Europe/Paris. */
    @Column(name = "time_zone", nullable = false)
    private String timeZone = "UTC";

    @Version
    private long version;

    protected ProgramEntity() {
    }

    public ProgramEntity(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public void setTimeZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }
}
