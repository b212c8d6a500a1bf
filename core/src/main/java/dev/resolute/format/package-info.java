/**
 * The serializer SPI: a {@link dev.resolute.format.ResolutionFormat} writes and reads resolutions in
 * one format; {@link dev.resolute.format.Formats} finds every format on the classpath through
 * {@link java.util.ServiceLoader}, so users plug in their own without touching Resolute's.
 */
package dev.resolute.format;
