package io.mentormatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.persistence.Entity;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

/**
 * Each top-level package of the api is an application module (Spring Modulith). {@code verify()} holds the walls
 * Modulith knows (no cycles, no use of another module's internal packages); a walled module keeps its tables in its
 * {@code internal} package, so that wall covers them. The ratchet below holds the wall it cannot see yet while the
 * other features still keep their tables in their module's top package: the number of places a module uses another
 * module's entity or repository may only fall, until it reaches 0 (issue 22).
 */
class ModulesTest {

    private static final String BASE = "io.mentormatch.api";

    /** Distinct (class, foreign entity or repository) uses: 191 on the day the ratchet was set; lower it as they go. */
    private static final int FOREIGN_TABLE_USES = 73;

    /**
     * The modules whose entities and repositories all live in their {@code internal} package, where {@code verify()}
     * refuses another module's use; a module joins when the last foreign use is gone, until every module is here.
     */
    private static final Set<String> WALLED = Set.of("roster", "change", "publication");

    private static final Path DOCS = Path.of("..", "docs", "modules");

    private static final ApplicationModules MODULES = ApplicationModules.of(BASE, new ImportOption.DoNotIncludeTests());

    @Test
    void modulesVerify() {
        MODULES.verify();
    }

    @Test
    void usesOfAnotherModulesTablesOnlyFall() {
        Set<String> uses = foreignTableUses();
        assertThat(uses.size())
                .as("uses of another module's entity or repository (lower FOREIGN_TABLE_USES when they fall):%n%s",
                        String.join("\n", uses))
                .isLessThanOrEqualTo(FOREIGN_TABLE_USES);
    }

    @Test
    void walledModulesKeepTheirTablesInternal() {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(BASE);
        List<String> outside = classes.stream()
                .filter(type -> isTable(type) && WALLED.contains(module(type)))
                .filter(type -> !type.getPackageName().startsWith(BASE + "." + module(type) + ".internal"))
                .map(JavaClass::getName).sorted().toList();
        assertThat(outside).as("entities and repositories outside their module's internal package").isEmpty();
    }

    /**
     * The diagrams in {@code docs/modules} are the ones the code draws today. Run with {@code -Dmodules.write=true}
     * to write them after a change of the modules.
     */
    @Test
    void moduleDiagramsInTheDocsAreCurrent() throws IOException {
        Path drawn = Path.of("target", "modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (var files = Files.list(drawn)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Path documented = DOCS.resolve(file.getFileName());
                if (Boolean.getBoolean("modules.write")) {
                    write(file, documented);
                }
                // the Documenter writes the same elements and relations in a different order from run to run
                assertThat(documented).as("docs/modules/%s (regenerate with -Dmodules.write=true)", file.getFileName()).exists();
                assertThat(sortedLines(documented)).as("docs/modules/%s (regenerate with -Dmodules.write=true)", file.getFileName())
                        .isEqualTo(sortedLines(file));
            }
        }
    }

    /** Copies the drawn diagram into the docs and renders the overview as SVG (PlantUML's own layout, no Graphviz). */
    private static void write(Path drawn, Path documented) throws IOException {
        Files.createDirectories(DOCS);
        Files.copy(drawn, documented, StandardCopyOption.REPLACE_EXISTING);
        if (drawn.getFileName().toString().equals("components.puml")) {
            String source = Files.readString(drawn).replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
            try (OutputStream svg = Files.newOutputStream(DOCS.resolve("components.svg"))) {
                new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    private static Set<String> foreignTableUses() {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(BASE);
        Set<String> uses = new TreeSet<>();
        for (JavaClass origin : classes) {
            origin.getDirectDependenciesFromSelf().stream()
                    .map(dependency -> dependency.getTargetClass().getBaseComponentType())
                    .filter(target -> isTable(target) && !module(target).equals(module(origin)))
                    .forEach(target -> uses.add(topLevel(origin).getName() + " -> " + target.getName()));
        }
        return uses;
    }

    private static boolean isTable(JavaClass type) {
        return type.getPackageName().startsWith(BASE + ".")
                && (type.isAnnotatedWith(Entity.class) || type.isAssignableTo(Repository.class));
    }

    private static String module(JavaClass type) {
        String rest = type.getPackageName().substring(BASE.length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
