/**
 * Write: decides which page goes to which path ({@link newsbrief.site.SitePlan}) and writes the
 * whole site ({@link newsbrief.site.SiteWriter}, the only code that writes the output folder).
 * A build is written into a staging folder beside the output and swapped in only when complete,
 * so a failed build never leaves a half-written site.
 */
package newsbrief.site;
