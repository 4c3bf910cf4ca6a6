package io.escapement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(EscapementApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleMap() throws Exception {
        var output = Path.of("docs", "modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases(Documenter.CanvasOptions.defaults().revealInternals());
        try (var files = Files.list(output)) {
            for (var file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    Files.writeString(file, withSortedRelations(Files.readString(file)));
                } else if (file.toString().endsWith(".adoc")) {
                    Files.writeString(file, withSortedLists(Files.readString(file)));
                }
            }
        }
        assertThat(output.resolve("components.puml")).exists();
        assertThat(Files.readString(output.resolve("components.puml"))).contains("Catalog", "Storefront", "Vault");
    }

    /** The canvases list events and listeners in no fixed order; sorting each cell's list keeps them stable. */
    static String withSortedLists(String adoc) {
        var lines = adoc.lines().toList();
        var out = new java.util.ArrayList<String>();
        for (int i = 0; i < lines.size(); ) {
            if (lines.get(i).startsWith("|* ")) {
                var items = new java.util.ArrayList<String>();
                items.add(lines.get(i++).substring(1));
                while (i < lines.size() && lines.get(i).startsWith("* ")) {
                    items.add(lines.get(i++));
                }
                java.util.Collections.sort(items);
                items.set(0, "|" + items.get(0));
                out.addAll(items);
            } else {
                out.add(lines.get(i++));
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** The documenter lists relations in no fixed order; sorting them keeps the committed map stable. */
    static String withSortedRelations(String puml) {
        var lines = puml.lines().toList();
        var relations =
                lines.stream().filter(line -> line.startsWith("Rel(")).sorted().iterator();
        return lines.stream()
                        .map(line -> line.startsWith("Rel(") ? relations.next() : line)
                        .collect(Collectors.joining("\n"))
                + "\n";
    }
}
