package newsbrief.site;

/**
 * One kind of output over the model: the pages, the feeds, the sitemap, the assets, ... Each adds
 * its files to the plan of a run; the pipeline makes and writes them, to a staging folder for
 * {@code build} and to memory for {@code serve}, so an output added here reaches both. The
 * outputs of a site are listed in one place, {@link Outputs#site()}.
 */
@FunctionalInterface
public interface Output {

    /** Adds this output's files for {@code plan.site()} to the plan. */
    void plan(OutputPlan plan);
}
