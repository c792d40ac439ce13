package newsbrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gg.jte.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jte's failures, compiling and rendering real templates, as diagnostics at the template's line. */
class TemplateErrorsTest {

    @TempDir
    Path temp;

    /** What rendering {@code name} with the given templates gives, printed as headlines with their excerpt. */
    private List<String> failureOf(String name, String... templates) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("templates"));
        for (int i = 0; i < templates.length; i += 2) {
            Files.writeString(folder.resolve(templates[i]), templates[i + 1]);
        }
        Templates renderer = Templates.compiling(folder, temp.resolve("classes"), (assets, asset) -> java.util.Optional.empty());
        TemplateException e = assertThrows(TemplateException.class, () -> renderer.render(name, "x"));
        return TemplateErrors.toDiagnostics(e, folder, path -> temp.relativize(path).toString()).stream()
                .map(d -> d.headline() + d.excerpt().map(line -> " | " + line.text()).orElse("")).toList();
    }

    @Test
    void javaErrorsAreReportedEachAtItsTemplateLine() throws IOException {
        List<String> found = failureOf("page.jte", "page.jte",
                "@param String name\n<p>${name}</p>\n@if(name.foo())\n@endif\n${name.bar()}\n");

        assertEquals(List.of(
                "templates/page.jte:3:1: error: cannot find symbol: method foo() in variable name of type String "
                        + "[template-error] | @if(name.foo())",
                "templates/page.jte:5:1: error: cannot find symbol: method bar() in variable name of type String "
                        + "[template-error] | ${name.bar()}"), found);
    }

    @Test
    void jteSyntaxErrorsAreReportedAtTheirLine() throws IOException {
        List<String> found = failureOf("page.jte", "page.jte", "@param String name\n<p>${name</p>\n@if(true)\n");

        assertEquals(1, found.size(), found::toString);
        assertEquals("templates/page.jte:4:1: error: Unclosed tag <p>.", found.get(0).substring(0,
                "templates/page.jte:4:1: error: Unclosed tag <p>.".length()));
    }

    @Test
    void aTemplateThatThrowsIsReportedAtTheLineThatThrew() throws IOException {
        List<String> found = failureOf("page.jte", "page.jte", "@param String name\n\n<p>${name.substring(50)}</p>\n");

        assertEquals(List.of("templates/page.jte:3:1: error: the template failed while rendering: "
                + "StringIndexOutOfBoundsException: begin 50, end 1, length 1 [template-error] | "
                + "<p>${name.substring(50)}</p>"), found);
    }

    @Test
    void aMissingTemplateIsReportedWhereItIsCalled() throws IOException {
        List<String> found = failureOf("page.jte", "page.jte", "@param String name\n@template.part(x = name)\n");

        assertEquals(List.of("templates/page.jte:2:1: error: template \"part.jte\" not found [template-error] | "
                + "@template.part(x = name)"), found);
    }

    @Test
    void aMissingPageTemplateIsReportedAtTheFolder() throws IOException {
        assertEquals(List.of("templates:1:1: error: template \"nothing.jte\" not found [template-error]"),
                failureOf("nothing.jte"));
    }

    @Test
    void anyOtherMessageIsKeptWholeOnOneLine() {
        List<Diagnostic> found = TemplateErrors.toDiagnostics(new TemplateException("Something\n  new"),
                temp.resolve("templates"), path -> "templates");

        assertEquals("templates:1:1: error: Something new [template-error]", found.get(0).headline());
    }
}
