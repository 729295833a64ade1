#!/usr/bin/env bash
# Refuses an image unless it is named by digest and carries a keyless cosign signature and the
# SBOM (spdxjson) and SLSA provenance v1 (slsaprovenance1) attestations that .github/workflows/cd.yml
# made for it, all from the expected signer: the workflow identity (certificate SAN, a regular
# expression) and the OIDC issuer that vouched for it. The promotion workflow runs this before
# `npm run promote`; docs/delivery.md says what each check proves.
#
# usage: scripts/verify-image.sh --identity-regexp REGEXP --issuer URL REPOSITORY@sha256:DIGEST
set -euo pipefail

usage() {
  echo "usage: scripts/verify-image.sh --identity-regexp REGEXP --issuer URL REPOSITORY@sha256:DIGEST" >&2
  exit 2
}

identity='' issuer='' image=''
while (($# > 0)); do
  case "$1" in
    --identity-regexp) identity="${2:-}"; shift 2 || usage ;;
    --issuer) issuer="${2:-}"; shift 2 || usage ;;
    -*) echo "unknown option '$1'" >&2; usage ;;
    *) [[ -z "$image" ]] || usage; image="$1"; shift ;;
  esac
done
[[ -n "$identity" && -n "$issuer" && -n "$image" ]] || usage

refuse() {
  echo "refused: $image: $*" >&2
  exit 1
}

# A tag can be moved after it was verified; only a digest names what was verified.
[[ "$image" =~ ^[a-z0-9]+([._-][a-z0-9]+)*(\.[a-z0-9-]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+@sha256:[a-f0-9]{64}$ ]] ||
  refuse "not REPOSITORY@sha256:<64 hex digits>; promotions name the digest cd.yml published"
command -v cosign >/dev/null || refuse "cosign is not installed (sigstore/cosign-installer in the workflow)"

signer=(--certificate-identity-regexp "$identity" --certificate-oidc-issuer "$issuer")
if ! cosign verify "${signer[@]}" "$image" >/dev/null; then
  refuse "no valid signature by '$identity' from issuer '$issuer'"
fi
for type in spdxjson slsaprovenance1; do
  if ! cosign verify-attestation --type "$type" "${signer[@]}" "$image" >/dev/null; then
    refuse "no valid '$type' attestation by '$identity' from issuer '$issuer'"
  fi
done
echo "verified: $image: signature and spdxjson and slsaprovenance1 attestations by '$identity' from '$issuer'"
