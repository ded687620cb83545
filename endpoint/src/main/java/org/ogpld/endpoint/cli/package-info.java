/**
 * The {@code ogpld} command line (picocli). {@code serve} starts the endpoint and is the default; other
 * subcommands plug in as picocli {@code @Command} classes listed in {@link org.ogpld.endpoint.cli.OgpldCommand}
 * and start without a Spring context.
 */
package org.ogpld.endpoint.cli;
