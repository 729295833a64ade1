export * from "./AlertmanagerConfig";
