// Second step, after the code is deployed: subscribe the slide trigger to blob events in the slides
// container. Event Grid validates the webhook when the subscription is created, which only a running
// IndexSlides function can answer; that is why this is not part of main.bicep.
targetScope = 'resourceGroup'

@description('The function app (output AZURE_FUNCTION_APP_NAME of main.bicep).')
param functionAppName string

@description('The storage account\'s Event Grid system topic (output EVENT_GRID_SYSTEM_TOPIC_NAME of main.bicep).')
param systemTopicName string

@description('The blob-triggered function; keep in step with SlideFunctions.IndexSlides.')
param functionName string = 'IndexSlides'

@description('The container the trigger watches; keep in step with SlideOptions.DefaultContainerName.')
param slidesContainerName string = 'slides'

resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' existing = {
  name: systemTopicName
}

// The blob extension's system key authorises Event Grid's calls to the webhook. It is the Functions
// host's key, read at deployment time; no storage account key is involved.
var blobsExtensionKey = listKeys('${app.id}/host/default', '2023-12-01').systemKeys.blobs_extension

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
      includedEventTypes: [ 'Microsoft.Storage.BlobCreated', 'Microsoft.Storage.BlobDeleted' ]
      subjectBeginsWith: '/blobServices/default/containers/${slidesContainerName}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}
