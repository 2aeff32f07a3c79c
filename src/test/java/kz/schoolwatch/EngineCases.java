// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch;

import kz.schoolwatch.persistence.store.Engine;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cases of a test that runs on both engines: the test class holds {@code @Nested class OnH2} and
 * {@code OnPostgreSql}, each extending its abstract {@code Cases} (which extends this) with its engine, and the
 * cases open their databases through {@link #databases} on {@link #engine}.
 */
public abstract class EngineCases {

    protected final Engine engine;
    @RegisterExtension
    protected final EngineDatabases databases;

    /** Databases closed after each test. */
    protected EngineCases(Engine engine) {
        this(engine, EngineDatabases.perTest());
    }

    /** {@code databases} as the cases need them: {@link EngineDatabases#perClass()} for one database per class. */
    protected EngineCases(Engine engine, EngineDatabases databases) {
        this.engine = engine;
        this.databases = databases;
    }
}
