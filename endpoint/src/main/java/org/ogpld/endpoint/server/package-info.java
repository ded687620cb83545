/**
 * The HTTP server itself (Tomcat): time and concurrency bounds on reading requests, so that slow clients cannot
 * starve it, and the optional operations connector.
 */
package org.ogpld.endpoint.server;
