package io.mentormatch.api.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.mentormatch.api.text.JsonList;

/** A meeting one member of a pairing logged; the other member may confirm it. The note is the pair's alone. */
@Entity
@Table(name = "mentoring_meeting")
public class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "pairing_id", nullable = false)
    private Long pairingId;

    @Column(name = "met_on", nullable = false)
    private LocalDate metOn;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingFormat format;

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> topics = List.of();

    private String note;

    @Column(name = "logged_by", nullable = false)
    private String loggedBy;

    @Column(name = "logged_by_mentor", nullable = false)
    private boolean loggedByMentor;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected MeetingEntity() {
    }

    MeetingEntity(long cohortId, long pairingId, LocalDate metOn, int minutes, MeetingFormat format,
                  List<String> topics, String note, String loggedBy, boolean loggedByMentor, Instant loggedAt) {
        this.cohortId = cohortId;
        this.pairingId = pairingId;
        this.metOn = metOn;
        this.minutes = minutes;
        this.format = format;
        this.topics = List.copyOf(topics);
        this.note = note;
        this.loggedBy = loggedBy;
        this.loggedByMentor = loggedByMentor;
        this.loggedAt = loggedAt;
    }

    void confirm(String by, Instant at) {
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getPairingId() {
        return pairingId;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public List<String> getTopics() {
        return topics;
    }

    public String getNote() {
        return note;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public boolean isLoggedByMentor() {
        return loggedByMentor;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
