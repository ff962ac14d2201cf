#!/usr/bin/env sh
# Second deployment step: subscribe the IndexSlides function to blob creations in the slides container.
# azd runs it as the postdeploy hook, with main.bicep's outputs and AZURE_SUBSCRIPTION_ID in the
# environment. Without azd, export AZURE_RESOURCE_GROUP, AZURE_FUNCTION_APP_NAME and
# EVENT_GRID_SYSTEM_TOPIC_NAME (and AZURE_SUBSCRIPTION_ID, else az's default subscription is used).
#
# Why it waits and retries: the blobs_extension system key exists only once the Functions host has
# started and loaded the blob extension, and Event Grid's validation handshake needs that host to
# answer. Right after a deploy, on a cold host or before role assignments propagate, both can fail.
#
# Tunable for tests and slow regions: KEY_WAIT_SECONDS (300), KEY_POLL_SECONDS (10),
# SUBSCRIBE_ATTEMPTS (5), SUBSCRIBE_RETRY_SECONDS (30).
set -eu

fail() { echo "create-slides-subscription: $*" >&2; exit 1; }

: "${AZURE_RESOURCE_GROUP:?set it to main.bicep's output of that name}"
: "${AZURE_FUNCTION_APP_NAME:?set it to main.bicep's output of that name}"
: "${EVENT_GRID_SYSTEM_TOPIC_NAME:?set it to main.bicep's output of that name}"
key_wait_seconds=${KEY_WAIT_SECONDS:-300}
key_poll_seconds=${KEY_POLL_SECONDS:-10}
subscribe_attempts=${SUBSCRIBE_ATTEMPTS:-5}
subscribe_retry_seconds=${SUBSCRIBE_RETRY_SECONDS:-30}

command -v az >/dev/null 2>&1 ||
  fail "the Azure CLI (az) is not installed. Install it, run 'az login' with the account azd uses, then 'azd hooks run postdeploy'."

# azd and az sign in separately: use the subscription azd deployed to, and say so when az cannot reach it.
if [ -n "${AZURE_SUBSCRIPTION_ID:-}" ]; then
  subscription=$AZURE_SUBSCRIPTION_ID
  az account show --subscription "$subscription" --query id --output tsv >/dev/null 2>&1 ||
    fail "az is not signed in to subscription $subscription, the one azd deployed to. Run 'az login' with the account of 'azd auth login', then 'azd hooks run postdeploy'."
else
  subscription=$(az account show --query id --output tsv 2>/dev/null) ||
    fail "az is not signed in. Run 'az login', or set AZURE_SUBSCRIPTION_ID."
  echo "AZURE_SUBSCRIPTION_ID is not set; using az's default subscription $subscription."
fi

echo "Waiting up to ${key_wait_seconds}s for the blobs_extension key of $AZURE_FUNCTION_APP_NAME..."
deadline=$(( $(date +%s) + key_wait_seconds ))
while :; do
  key=$(az functionapp keys list --subscription "$subscription" --resource-group "$AZURE_RESOURCE_GROUP" \
    --name "$AZURE_FUNCTION_APP_NAME" --query systemKeys.blobs_extension --output tsv 2>/dev/null) || key=""
  [ -n "$key" ] && [ "$key" != "None" ] && break
  [ "$(date +%s)" -lt "$deadline" ] ||
    fail "the blobs_extension key did not appear within ${key_wait_seconds}s. Check that the code is deployed and the host starts (Application Insights, or 'az functionapp function list'), then run 'azd hooks run postdeploy'."
  sleep "$key_poll_seconds"
done

# The key goes in a parameters file readable only by this user, not on a command line that ps shows.
parameters=$(mktemp)
trap 'rm -f "$parameters"' EXIT
chmod 600 "$parameters"
cat >"$parameters" <<EOF
{
  "\$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "functionAppName": { "value": "$AZURE_FUNCTION_APP_NAME" },
    "systemTopicName": { "value": "$EVENT_GRID_SYSTEM_TOPIC_NAME" },
    "blobsExtensionKey": { "value": "$key" }
  }
}
EOF

template="$(dirname "$0")/../slides-subscription.bicep"
attempt=1
until az deployment group create --subscription "$subscription" --resource-group "$AZURE_RESOURCE_GROUP" \
  --name slides-subscription --template-file "$template" --parameters "@$parameters" --output none; do
  [ "$attempt" -lt "$subscribe_attempts" ] ||
    fail "Event Grid could not validate the webhook after $attempt attempts. Check the app is running, then run 'azd hooks run postdeploy'."
  echo "Event Grid's validation handshake failed (attempt $attempt of $subscribe_attempts); retrying in ${subscribe_retry_seconds}s."
  attempt=$((attempt + 1))
  sleep "$subscribe_retry_seconds"
done
echo "Slides in container 'slides' now trigger IndexSlides on $AZURE_FUNCTION_APP_NAME."
