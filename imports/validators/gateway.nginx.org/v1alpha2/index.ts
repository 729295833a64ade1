export * from "./NginxProxy";
