#!/usr/bin/env sh
# Second deployment step: subscribe the IndexSlides function to blob events of the slides container.
# Run it after the code is deployed: Event Grid validates the webhook when the subscription is created.
# azd runs it as the postdeploy hook with main.bicep's outputs in the environment; without azd, export
# AZURE_RESOURCE_GROUP, AZURE_FUNCTION_APP_NAME and EVENT_GRID_SYSTEM_TOPIC_NAME first.
set -eu
: "${AZURE_RESOURCE_GROUP:?set it to main.bicep's output of that name}"
: "${AZURE_FUNCTION_APP_NAME:?set it to main.bicep's output of that name}"
: "${EVENT_GRID_SYSTEM_TOPIC_NAME:?set it to main.bicep's output of that name}"
cd "$(dirname "$0")/.."
az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --template-file slides-subscription.bicep \
  --parameters functionAppName="$AZURE_FUNCTION_APP_NAME" systemTopicName="$EVENT_GRID_SYSTEM_TOPIC_NAME" \
  --output none
echo "Slides in container 'slides' now trigger IndexSlides on $AZURE_FUNCTION_APP_NAME."
