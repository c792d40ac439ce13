package newsbrief.render;

import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import newsbrief.model.ContentKey;

/**
 * The templates and assets of one run: the ones compiled into the jar by the jte Maven plugin
 * ({@link #precompiled()}), or the ones in a {@code templates/} folder, compiled on the fly
 * ({@link #compiling}). Rendering is thread-safe.
 *
 * <p>jte compiles a template the first time it is rendered. Rendered from several threads at once
 * on a cold engine, two threads compiled the same layout into the same class folder together, and
 * one of them loaded a half-written class: the preview's first build failed about one cold start
 * in six with "Failed to render tag.jte, error at tag.jte:4". So a compiling engine compiles every
 * template, one at a time, in {@link #prepare()}, before any page is rendered in parallel.
 */
public final class Templates {

    /** The assets every site has, copied to {@code assets/}. */
    public static final List<String> ASSETS = List.of("style.css", SiteIcons.DEFAULT_FAVICON, SiteIcons.DEFAULT_LOGO);

    private final TemplateEngine engine;
    private final Optional<CodeResolver> sources;
    private final AssetSource assets;
    private final Optional<Path> folder;

    /** Where the stylesheet and other assets come from. */
    interface AssetSource {
        Optional<byte[]> read(String name) throws IOException;
    }

    private Templates(TemplateEngine engine, Optional<CodeResolver> sources, AssetSource assets,
            Optional<Path> folder) {
        this.engine = engine;
        this.sources = sources;
        this.assets = assets;
        this.folder = folder;
    }

    /** The templates compiled into the jar, and the assets inside it. */
    public static Templates precompiled() {
        return new Templates(TemplateEngine.createPrecompiled(ContentType.Html), Optional.empty(),
                Templates::jarAsset, Optional.empty());
    }

    /**
     * Templates read from {@code folder}, compiled into {@code classDirectory} (jte checks each
     * file's time and compiles a changed one again), with the assets of {@code folder/assets/}.
     * Needs a JDK at run time. Call {@link #prepare()} before rendering.
     *
     * @param assets reads an asset below {@code folder/assets/}, refusing what it must not serve
     */
    public static Templates compiling(Path folder, Path classDirectory, AssetReader assets) {
        Templates templates = compiling(new DirectoryCodeResolver(folder), classDirectory,
                name -> assets.read(folder.resolve("assets"), name));
        return new Templates(templates.engine, templates.sources, templates.assets, Optional.of(folder));
    }

    /** Reads an asset by name below a folder. */
    @FunctionalInterface
    public interface AssetReader {
        Optional<byte[]> read(Path assetFolder, String name) throws IOException;
    }

    static Templates compiling(CodeResolver resolver, Path classDirectory, AssetSource assets) {
        ClassLoader loader = Templates.class.getClassLoader();
        TemplateEngine engine = TemplateEngine.create(resolver, classDirectory, ContentType.Html, loader);
        // The same output as the jte Maven plugin's, which is configured alike (pom.xml): Outlook's
        // wrapper in the email template is written as conditional comments, so comments stay.
        engine.setTrimControlStructures(true);
        engine.setHtmlCommentsPreserved(true);
        // Templates use newsbrief's records and jte's runtime. Name where those are, so templates
        // compile under `mvn exec:java` too, where java.class.path is Maven's own launcher.
        engine.setClassPath(List.of(locationOf(Templates.class), locationOf(TemplateOutput.class)));
        return new Templates(engine, Optional.of(resolver), assets, Optional.empty());
    }

    /**
     * Compiles every template that changed, one at a time, so that parallel rendering never
     * compiles, and returns what pages rendered now depend on besides their own data: a digest of
     * every template's text ("precompiled" for the jar's), for the preview's cache keys.
     *
     * @throws gg.jte.TemplateException when a template does not compile
     */
    public String prepare() {
        if (sources.isEmpty()) {
            return "precompiled";
        }
        ContentKey.Builder key = ContentKey.of("templates");
        List<String> names;
        try {
            names = sources.get().resolveAllTemplateNames();
        } catch (RuntimeException e) {
            // The folder was moved or deleted while the preview runs: a problem to show, not a crash.
            throw new gg.jte.TemplateException("the templates folder cannot be read: " + folder
                    .map(Path::toString).orElse("templates") + " (" + e.getMessage() + ")");
        }
        for (String name : names.stream().sorted().toList()) {
            if (name.endsWith(".jte")) {
                engine.prepareForRendering(name);
                key.add(name).add(sources.get().resolve(name));
            }
        }
        return key.build().digest();
    }

    /** The folder compiled from, which template errors point into; empty for the jar's templates. */
    public Optional<Path> folder() {
        return folder;
    }


    /**
     * @param template the template's file name, e.g. {@code brief.jte}
     * @param page     the one record it takes
     */
    public String render(String template, Object page) {
        StringOutput output = new StringOutput(16 * 1024);
        engine.render(template, page, output);
        return output.toString();
    }

    /**
     * {@link #render} as UTF-8 bytes, made as the template writes them: a page of every brief runs
     * to megabytes, and a string of it would be made, grown and encoded first.
     */
    public byte[] renderBytes(String template, Object page) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, page, output);
        byte[] bytes = new byte[output.getContentLength()];
        int[] at = {0};
        try {
            output.writeTo((chunk, offset, length) -> {
                System.arraycopy(chunk, offset, bytes, at[0], length);
                at[0] += length;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("copying from memory to memory failed", e);
        }
        return bytes;
    }

    /** An asset such as {@code style.css}, from the folder or the jar. */
    public byte[] asset(String name) {
        try {
            Optional<byte[]> bytes = assets.read(name);
            return bytes.isPresent() ? bytes.get() : jarAsset(name).orElseThrow(
                    () -> new IllegalStateException("asset " + name + " is missing from the newsbrief jar"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read asset " + name, e);
        }
    }

    /**
     * Whether a templates folder holds exactly the templates and assets compiled into the jar, so
     * the precompiled ones render what it would.
     */
    public static boolean sameAsPrecompiled(Path folder) {
        try (InputStream list = Templates.class.getResourceAsStream("/newsbrief/templates.list")) {
            if (list == null || !Files.isDirectory(folder)) {
                return false;
            }
            List<String> names = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(name -> !name.isEmpty()).sorted().toList();
            List<String> present;
            try (Stream<Path> files = Files.walk(folder)) {
                present = files.filter(file -> file.toString().endsWith(".jte"))
                        .map(file -> folder.relativize(file).toString().replace('\\', '/')).sorted().toList();
            }
            if (!names.equals(present)) {
                return false;
            }
            for (String name : names) {
                if (!sameBytes(folder.resolve(name), "/newsbrief/templates/" + name)) {
                    return false;
                }
            }
            for (String asset : ASSETS) {
                if (!sameBytes(folder.resolve("assets").resolve(asset), "/newsbrief/assets/" + asset)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameBytes(Path file, String resource) throws IOException {
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            return in != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && Arrays.equals(in.readAllBytes(), Files.readAllBytes(file));
        }
    }

    private static Optional<byte[]> jarAsset(String name) throws IOException {
        try (InputStream in = Templates.class.getResourceAsStream("/newsbrief/assets/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type, e);
        }
    }
}
