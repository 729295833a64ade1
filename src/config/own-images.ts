/**
 * The images this repository builds and publishes (.github/workflows/cd.yml), by their name in
 * images.json, with their repository under the platform's `imageRegistry`. Until the first
 * promotion writes a digest for one, it is not published: images.json then holds no digest for
 * it, and a production tier renders it as a reference no kubelet pulls (docs/delivery.md).
 */
export const OWN_IMAGES = {
  /** docker/Dockerfile.prod: the FastAPI agent service. */
  app: 'agent-service',
  /** docker/Dockerfile.postgres: PostgreSQL with Patroni and pgBackRest. */
  postgres: 'agent-postgres',
} as const;
export type OwnImageName = keyof typeof OWN_IMAGES;

export function isOwnImage(name: string): name is OwnImageName {
  return Object.hasOwn(OWN_IMAGES, name);
}
