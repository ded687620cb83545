/**
 * The embedded TDB2 store (in its folder, or a throwaway one in a scratch folder for tests), whose default graph is the union of its named
 * graphs, and the initial load of files into an empty store through {@link org.ogpld.endpoint.store.DatasetLoader}s.
 */
package org.ogpld.endpoint.store;
