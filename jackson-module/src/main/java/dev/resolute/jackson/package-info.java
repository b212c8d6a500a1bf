/**
 * Jackson 2 support for Resolute's model: register {@link dev.resolute.jackson.ResoluteModule} (or
 * call {@code ObjectMapper.findAndRegisterModules()}) and model values are written and read in the
 * JSON form of Resolute's conventions.
 */
package dev.resolute.jackson;
