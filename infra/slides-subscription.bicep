// Second step, after the code is deployed: subscribe the slide trigger to blob events in the slides
// container. Event Grid validates the webhook when the subscription is created, which only a running
// IndexSlides function can answer; that is why this is not part of main.bicep. The blob extension's
// system key exists only once the host has started, so infra/scripts/create-slides-subscription.sh
// waits for it and passes it in, rather than this template reading it once with listKeys.
targetScope = 'resourceGroup'

@description('The function app (output AZURE_FUNCTION_APP_NAME of main.bicep).')
param functionAppName string

@description('The storage account\'s Event Grid system topic (output EVENT_GRID_SYSTEM_TOPIC_NAME of main.bicep).')
param systemTopicName string

@secure()
@description('The Functions host\'s blobs_extension system key: it authorises Event Grid\'s calls to the webhook. It is not a storage key.')
param blobsExtensionKey string

@description('The blob-triggered function; keep in step with SlideFunctions.IndexSlides.')
param functionName string = 'IndexSlides'

@description('The container the trigger watches; keep in step with SlidesOptions.DefaultContainerName.')
param slidesContainerName string = 'slides'

resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' existing = {
  name: systemTopicName
}

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2022-06-15' = {
  parent: topic
  name: 'slides-to-${functionName}'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
      }
    }
    filter: {
      // Only creations: the blob trigger drops deletes, and the reconcile timer already notices them,
      // so sending BlobDeleted would only wake the app for nothing.
      includedEventTypes: [ 'Microsoft.Storage.BlobCreated' ]
      subjectBeginsWith: '/blobServices/default/containers/${slidesContainerName}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}
