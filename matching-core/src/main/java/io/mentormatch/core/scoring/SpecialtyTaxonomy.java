package io.mentormatch.core.scoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which specialties are related: a subspecialty is related to its parent specialties and to its siblings
 * (Cardiology ~ Internal Medicine ~ Nephrology). Names compare without case.
 */
public final class SpecialtyTaxonomy {

    private static final Map<String, List<String>> PARENTS = new HashMap<>();

    static {
        parent("Internal Medicine", "Cardiology", "Nephrology", "Endocrinology", "Gastroenterology",
                "Hematology and Oncology", "Medical Oncology", "Hospital Medicine", "Pulmonology",
                "Pulmonary and Critical Care", "Critical Care Medicine", "Infectious Disease", "Rheumatology",
                "Geriatrics", "Allergy and Immunology", "Palliative Care");
        parent("Pediatrics", "Pediatric Cardiology", "Neonatology", "Pediatric Emergency Medicine",
                "Child and Adolescent Psychiatry", "Pediatric Critical Care", "Pediatric Hematology and Oncology",
                "Pediatric Surgery", "Adolescent Medicine");
        parent("Psychiatry", "Child and Adolescent Psychiatry", "Consultation-Liaison Psychiatry",
                "Addiction Psychiatry", "Forensic Psychiatry", "Geriatric Psychiatry");
        parent("General Surgery", "Colorectal Surgery", "Vascular Surgery", "Trauma Surgery", "Surgical Oncology",
                "Pediatric Surgery", "Cardiothoracic Surgery", "Transplant Surgery", "Plastic Surgery");
        parent("Obstetrics and Gynecology", "Maternal-Fetal Medicine", "Gynecologic Oncology",
                "Reproductive Endocrinology and Infertility", "Urogynecology");
        parent("Anesthesiology", "Cardiac Anesthesiology", "Pain Medicine", "Critical Care Medicine",
                "Pediatric Anesthesiology");
        parent("Radiology", "Neuroradiology", "Interventional Radiology", "Nuclear Medicine");
        parent("Emergency Medicine", "Emergency Ultrasound", "Pediatric Emergency Medicine", "EMS", "Toxicology");
        parent("Family Medicine", "Sports Medicine", "Geriatrics", "Palliative Care", "Adolescent Medicine");
        parent("Neurology", "Neuroradiology", "Stroke", "Epilepsy", "Neurocritical Care");
        parent("Cardiology", "Pediatric Cardiology", "Cardiac Anesthesiology", "Interventional Cardiology",
                "Electrophysiology", "Heart Failure");
        parent("Hematology and Oncology", "Pediatric Hematology and Oncology", "Medical Oncology",
                "Surgical Oncology", "Gynecologic Oncology");
    }

    private SpecialtyTaxonomy() {
    }

    private static void parent(String parent, String... children) {
        for (String child : children) {
            PARENTS.computeIfAbsent(key(child), k -> new java.util.ArrayList<>()).add(key(parent));
        }
    }

    public static boolean same(String a, String b) {
        return !a.isBlank() && key(a).equals(key(b));
    }

    /** Same, parent and child, or children of one parent. */
    public static boolean related(String a, String b) {
        if (a.isBlank() || b.isBlank()) {
            return false;
        }
        Set<String> familyA = family(key(a));
        Set<String> familyB = family(key(b));
        familyA.retainAll(familyB);
        return !familyA.isEmpty();
    }

    private static Set<String> family(String specialty) {
        Set<String> family = new HashSet<>();
        family.add(specialty);
        family.addAll(PARENTS.getOrDefault(specialty, List.of()));
        return family;
    }

    private static String key(String specialty) {
        return specialty.trim().toLowerCase(Locale.ROOT);
    }
}
