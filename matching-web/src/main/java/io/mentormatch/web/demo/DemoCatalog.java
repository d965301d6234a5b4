package io.mentormatch.web.demo;

import java.util.List;

/** The specialties, career goals and interests the demo's people are drawn from. */
final class DemoCatalog {

    static final List<String> IM_MENTOR_SPECIALTIES = List.of("Cardiology", "Internal Medicine", "Gastroenterology",
            "Nephrology", "Pulmonary and Critical Care", "Infectious Disease", "Hospital Medicine",
            "Hematology and Oncology", "Endocrinology", "Rheumatology", "Geriatrics", "Palliative Care");
    static final List<String> IM_GOALS = List.of("Cardiology", "Cardiology", "Internal Medicine", "Gastroenterology",
            "Nephrology", "Pulmonary and Critical Care", "Infectious Disease", "Hospital Medicine",
            "Hematology and Oncology", "Endocrinology", "Rheumatology", "Geriatrics");
    static final List<String> IM_INTERESTS = List.of("clinical research", "echocardiography",
            "point of care ultrasound", "medical education", "quality improvement", "health equity", "global health",
            "wellness", "palliative care", "writing and publishing", "machine learning", "heart failure",
            "HIV medicine", "transplant medicine", "women in medicine", "advocacy", "simulation", "telehealth",
            "geriatric care", "nutrition");

    static final List<String> PEDS_MENTOR_SPECIALTIES = List.of("Pediatrics", "Neonatology", "Pediatric Cardiology",
            "Pediatric Emergency Medicine", "Pediatric Critical Care", "Pediatric Hematology and Oncology",
            "Adolescent Medicine");
    static final List<String> PEDS_GOALS = List.of("Pediatrics", "Pediatrics", "Neonatology", "Pediatric Cardiology",
            "Pediatric Emergency Medicine", "Pediatric Critical Care", "Pediatric Hematology and Oncology",
            "Adolescent Medicine", "Child and Adolescent Psychiatry");
    static final List<String> PEDS_INTERESTS = List.of("developmental pediatrics", "child advocacy",
            "neonatal resuscitation", "global health", "medical education", "quality improvement",
            "adolescent health", "simulation", "clinical research", "wellness", "vaccines", "nutrition",
            "health equity", "point of care ultrasound");

    private DemoCatalog() {
    }
}
