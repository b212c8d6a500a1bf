/**
 * Helpers shared by Resolute's own packages. Not an API: it may change in any release, and the
 * javadoc leaves it out.
 */
package dev.resolute.internal;
