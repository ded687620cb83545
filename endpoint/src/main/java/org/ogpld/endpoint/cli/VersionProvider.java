package org.ogpld.endpoint.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the Maven build). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Ogpld.class.getPackage().getImplementationVersion();
        return new String[] {"ogpld " + (version == null ? "(development)" : version)};
    }
}
