package io.mentormatch.api.goal;

/** The six ACGME core competencies a goal is tagged with. */
public enum Competency {
    PATIENT_CARE("Patient Care"),
    MEDICAL_KNOWLEDGE("Medical Knowledge"),
    PRACTICE_BASED_LEARNING("Practice-Based Learning and Improvement"),
    COMMUNICATION("Interpersonal and Communication Skills"),
    PROFESSIONALISM("Professionalism"),
    SYSTEMS_BASED_PRACTICE("Systems-Based Practice");

    private final String label;

    Competency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
