/**
 * `chuangye-rules/testing`: the test kit a policy's author runs against its source text
 * (issue 31).
 * @packageDocumentation
 */
export {};
