package org.linli.tenants.registry.importexport;

/** Told how far an import has come, for progress bars. Called from the thread doing the import. */
@FunctionalInterface
public interface ImportProgress {

    enum Phase { READING, CHECKING, WRITING, DONE }

    void progressed(Phase phase, int done, int total);

    ImportProgress NONE = (phase, done, total) -> { };
}
