package dev.resolute.model;

/** What kind of actor a resolution names. */
public enum ActorKind {
  /** A Member State of the United Nations. */
  MEMBER_STATE,
  /** A non-member observer State. */
  OBSERVER_STATE,
  /** A principal organ or subsidiary body of the United Nations. */
  UN_BODY,
  /** A United Nations entity: office, programme, fund or specialized agency. */
  UN_ENTITY,
  /** Another intergovernmental or non-governmental organization. */
  ORGANIZATION,
  /** A group of States, such as the Group of 77. */
  GROUP,
  /** Anything else. */
  OTHER
}
