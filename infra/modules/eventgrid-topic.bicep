// The storage account's Event Grid system topic. Its subscription to the slide trigger is created by
// slides-subscription.bicep once the code is deployed, because Event Grid validates the endpoint.
param name string
param location string
param tags object
param storageAccountId string

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
