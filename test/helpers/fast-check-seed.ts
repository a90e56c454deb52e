// Seeds every fast-check property that does not set its own seed, so that a run is
// repeatable (a boundary hit once is hit every time) and a mutation run compares like
// with like. FC_SEED=<n> draws other values; fast-check prints the seed on failure.
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(process.env.FC_SEED ?? 20261129) });
