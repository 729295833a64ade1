export * from "./ClientSettingsPolicy";
export * from "./ProxySettingsPolicy";
export * from "./RateLimitPolicy";
export * from "./SnippetsPolicy";
