/**
 * The command line ({@code java -jar target/newsbrief.jar}), with picocli: {@code build},
 * {@code check}, {@code serve}, {@code new} and {@code email}. Commands turn a {@link newsbrief.BuildResult} into printed diagnostics and an
 * {@link newsbrief.cli.ExitCode}.
 */
package newsbrief.cli;
