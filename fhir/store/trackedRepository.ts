import type { SearchRequest, WithId } from '@medplum/core';
import type { CreateResourceOptions, DeleteResourceOptions } from '@medplum/fhir-router';
import { MemoryRepository } from '@medplum/fhir-router';
import type { OperationOutcome, Resource } from '@medplum/fhirtypes';

function keyOf(resource: { resourceType: string; id?: string }): string {
  return `${resource.resourceType}/${resource.id}`;
}

/**
 * Medplum's in-memory repository, plus what a store needs on top of it:
 * - it knows its current resources, so they can be saved to disk;
 * - `withTransaction` rolls back on failure (the base class runs transactions without any),
 *   so a transaction Bundle commits all of its entries or none;
 * - a change counter, so the store writes to disk only after a real change.
 */
export class TrackedRepository extends MemoryRepository {
  readonly #current = new Map<string, WithId<Resource>>();
  #changes = 0;

  get changeCount(): number {
    return this.#changes;
  }

  /** Every current resource (latest version), as independent copies. */
  allResources(): WithId<Resource>[] {
    return [...this.#current.values()].map((r) => structuredClone(r));
  }

  has(resourceType: string, id: string): boolean {
    return this.#current.has(`${resourceType}/${id}`);
  }

  override async createResource<T extends Resource>(
    resource: T,
    options?: CreateResourceOptions,
    update = false,
  ): Promise<WithId<T>> {
    const result = await super.createResource(resource, options, update);
    this.#track(result);
    return result;
  }

  override async conditionalCreate<T extends Resource>(
    resource: T,
    search: SearchRequest<T>,
    options?: CreateResourceOptions,
  ): Promise<{ resource: WithId<T>; outcome: OperationOutcome }> {
    const result = await super.conditionalCreate(resource, search, options);
    this.#track(result.resource);
    return result;
  }

  override async deleteResource(resourceType: string, id: string, options?: DeleteResourceOptions): Promise<void> {
    await super.deleteResource(resourceType, id, options);
    this.#current.delete(`${resourceType}/${id}`);
    this.#changes++;
  }

  override async expungeResources(resourceType: string, ids: string[]): Promise<void> {
    await super.expungeResources(resourceType, ids);
    for (const id of ids) {
      this.#current.delete(`${resourceType}/${id}`);
    }
    this.#changes++;
  }

  override clear(): void {
    super.clear();
    this.#current.clear();
    this.#changes++;
  }

  override async withTransaction<TResult>(callback: (repo: this) => Promise<TResult>): Promise<TResult> {
    const before = new Map(this.#current);
    try {
      return await callback(this);
    } catch (err) {
      await this.#restore(before);
      throw err;
    }
  }

  #track(resource: WithId<Resource>): void {
    const previous = this.#current.get(keyOf(resource));
    if (previous?.meta?.versionId !== resource.meta?.versionId) {
      this.#changes++;
    }
    this.#current.set(keyOf(resource), structuredClone(resource));
  }

  async #restore(before: Map<string, WithId<Resource>>): Promise<void> {
    for (const [key, resource] of [...this.#current]) {
      if (!before.has(key)) {
        await this.expungeResource(resource.resourceType, resource.id);
      }
    }
    for (const [key, resource] of before) {
      if (this.#current.get(key) !== resource) {
        // Seeding mode keeps the original versionId and lastUpdated.
        await this.withSeeding(() => this.createResource(resource, undefined, true));
      }
    }
  }
}
