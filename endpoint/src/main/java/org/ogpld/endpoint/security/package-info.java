/**
 * Who may write (bearer token or HTTP Basic users; with none configured writes are off) and how much a request
 * may send.
 */
package org.ogpld.endpoint.security;
