package dev.jsupervisor.e2e.pairs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A scenario written once: a name, the program sections it needs (empty for the read-only ones,
 * which share their test class's config) and its steps.
 */
record Scenario(String name, String programs, List<Step> steps) {
    static Builder named(String name) {
        return new Builder(name);
    }

    @Override
    public String toString() {
        return name;
    }

    static final class Builder {
        private final String name;
        private String programs = "";
        private final List<Step> steps = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder programs(String sections) {
            this.programs = sections;
            return this;
        }

        /** Each argument is one command line. */
        Builder run(String... lines) {
            for (String line : lines) {
                steps.add(new Step.Command(line, false));
            }
            return this;
        }

        /** Commands whose result lines come in a racy order (several processes at once). */
        Builder runSorted(String... lines) {
            for (String line : lines) {
                steps.add(new Step.Command(line, true));
            }
            return this;
        }

        Builder await(String process, String state) {
            steps.add(new Step.AwaitState(process, state));
            return this;
        }

        Builder settle() {
            steps.add(new Step.Settle());
            return this;
        }

        Builder edit(UnaryOperator<String> edit) {
            steps.add(new Step.EditConfig(edit));
            return this;
        }

        Builder awaitExit() {
            steps.add(new Step.AwaitExit());
            return this;
        }

        Scenario build() {
            return new Scenario(name, programs, List.copyOf(steps));
        }
    }
}
